// `import 'talon-react/styles.css'`: a stylesheet, mapped to dist/styles.css by bench/components.mjs.
declare module 'talon-react/styles.css';
