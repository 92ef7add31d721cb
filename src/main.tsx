import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './app/router';
import { listenForOtherTabs } from './store/progress-store';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its #root element.');

listenForOtherTabs();

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
