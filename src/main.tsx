import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { createAutomationApi } from './app/automation-api.ts';
import { loadCatalog } from './app/scene-files.ts';
import { startApp } from './app/start.ts';
import { StoreContext } from './app/store-context.ts';
import { syncUrl } from './app/url-sync.ts';

const store = startApp(loadCatalog(), window.location.search, navigator.language);
window.urverseny = createAutomationApi(store);
syncUrl(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
