// Vite's types for the storefront: CSS imports (`import 'talon-react/styles.css'`) and `import.meta.hot`.
/// <reference types="vite/client" />
