/**
 * A second floor, printed for information only: the same app on the data router
 * (createHashRouter + RouterProvider with a lazy route), which the course used until issue #16.
 * The difference between the two floors is what the data router would cost every first visit.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { Home, Shell } from '../floor/parts';

const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Home /> },
      { path: 'other', lazy: async () => ({ Component: () => <p>Other page</p> }) },
    ],
  },
]);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
