import { SEARCH_QUERY_MAX } from '@treaty/contracts';
import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import './header-search.css';

/** The search box in the app header: sends the words to the search page. */
export function HeaderSearchBox() {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = q.trim();
    void navigate(words ? `/search?${new URLSearchParams({ q: words }).toString()}` : '/search');
  };
  return (
    <form className="header-search" role="search" onSubmit={onSubmit}>
      <label htmlFor="header-search-q" className="visually-hidden">
        Search the drafts
      </label>
      <input id="header-search-q" type="search" name="q" placeholder="Search drafts…" maxLength={SEARCH_QUERY_MAX} value={q} onChange={(event) => setQ(event.target.value)} />
    </form>
  );
}
