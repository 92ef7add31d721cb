// MDX lessons compile to a React component as their default export.
declare module '*.mdx' {
  import type { MDXProps } from 'mdx/types';
  export default function MDXContent(props: MDXProps): JSX.Element;
}
