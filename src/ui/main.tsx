// NL Design System component styles; all their colours, fonts and sizes come from our own theme
// (./theme/samenspel-theme.css, class .samenspel-theme on <body>), not from the Rijkshuisstijl tokens.
import '@rijkshuisstijl-community/components-css/dist/index.css';
import './theme/samenspel-theme.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
