import { Outlet } from 'react-router-dom';
import { AppHeader } from './app-header';
import { AuthProvider } from './auth-provider';

/** The frame of every page. The auth provider sits inside the router because it navigates. */
export function AppLayout() {
  return (
    <AuthProvider>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>Treaty Workspace — open-source software for treaty negotiations.</p>
      </footer>
    </AuthProvider>
  );
}
