import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('./src/ui', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/ui', import.meta.url));

/**
 * Slim down the NL Design System React packages:
 * - @rijkshuisstijl-community/components-react injects the complete components-css (~350 kB) into
 *   the page at runtime with a <style> element. The UI loads that same stylesheet as a normal CSS
 *   file (see src/ui/main.tsx), so drop the runtime copy (smaller bundle, no inline styles needed
 *   in the Content-Security-Policy).
 * - These packages set `Component.displayName = '…'` at module level for every component; such
 *   property writes count as side effects and keep every unused component in the bundle. The
 *   statements only matter for React DevTools, so remove them and let tree-shaking work.
 * - Its icon sets are built at module level with un-annotated calls (`createReactComponent(…)`,
 *   `jsx(Icon…)`), which keeps ~300 icons in the bundle even when no icon is used. Mark those
 *   calls as pure so unused icons are tree-shaken.
 */
function slimNlDesignSystem(): Plugin {
  const displayName = /^[ \t]*[\w$]+\.displayName = (['"`])[\w$.]*\1;?[ \t]*$/gm;
  return {
    name: 'samenspel:slim-nl-design-system',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](@rijkshuisstijl-community|@utrecht|@nl-design-system-candidate)[\\/]/.test(id)) return null;
      if (!/\.m?js$/.test(id.split('?')[0] ?? '')) return null;
      let out = code.replace(displayName, '');
      if (id.includes('@rijkshuisstijl-community/components-react/dist/index.esm.js')) {
        const start = out.indexOf('var css_248z = ');
        const call = out.indexOf('styleInject(css_248z);');
        if (start !== -1 && call > start) out = `${out.slice(0, start)}${out.slice(call + 'styleInject(css_248z);'.length)}`;
        out = out
          .replace(/^(const Icon\w+ = )createReactComponent\(/gm, '$1/*#__PURE__*/createReactComponent(')
          .replace(/^(\s+(?:'[\w-]+'|[\w$]+): )jsx\(/gm, '$1/*#__PURE__*/jsx(');
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

export default defineConfig({
  root,
  plugins: [slimNlDesignSystem(), react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
  preview: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
