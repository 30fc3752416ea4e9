import { defineConfig } from 'vite';

// React 19's automatic JSX runtime, without a framework plugin.
export default defineConfig({ oxc: { jsx: { runtime: 'automatic' } } });
