import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <main className="page" id="main">
      <h1>Page not found</h1>
      <p>
        This page does not exist, or you do not have access to it. <Link to="/">Go to the start page</Link>.
      </p>
    </main>
  );
}
