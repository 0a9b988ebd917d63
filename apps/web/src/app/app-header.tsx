import { Link } from 'react-router-dom';
import { HeaderSearchBox } from '../features/search/header-search-box';
import { FrameworksLink } from '../features/frameworks/frameworks-link';
import { useAuth } from './auth-context';

export function AppHeader() {
  const { state, signOut } = useAuth();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link to="/" className="app-header__brand">
          Treaty Workspace
        </Link>
        {state.status === 'signed-in' ? (
          <div className="app-header__user">
            <HeaderSearchBox />
            <FrameworksLink />
            <span>
              Signed in as <strong>{state.me.user.name}</strong>
              {state.me.user.isAdmin ? <span className="badge">admin</span> : null}
            </span>
            <button type="button" className="button button--quiet" onClick={signOut}>
              Sign out
            </button>
          </div>
        ) : null}
      </div>
    </header>
  );
}
