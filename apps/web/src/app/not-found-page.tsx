import { Link } from 'react-router-dom';

/** Also shown for negotiations the user may not see: the API answers 404 for both on purpose. */
export function NotFoundPage() {
  return (
    <section>
      <title>Not found · Treaty Workspace</title>
      <h1>Not found</h1>
      <p>This page does not exist, or you do not have access to it.</p>
      <p>
        <Link to="/">Back to my negotiations</Link>
      </p>
    </section>
  );
}
