import { Link } from 'react-router-dom';
import './frameworks-link.css';

/** The header's way to the registry, for everyone signed in. */
export function FrameworksLink() {
  return (
    <Link to="/frameworks" className="frameworks-link">
      Frameworks
    </Link>
  );
}
