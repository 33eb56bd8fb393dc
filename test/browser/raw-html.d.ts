// Vite (which serves the browser tests) gives a file's text for an import ending in `?raw`.
declare module '*.html?raw' {
  const text: string;
  export default text;
}
