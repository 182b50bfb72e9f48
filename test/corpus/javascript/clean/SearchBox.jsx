// corpus: path=src/components/SearchBox.jsx
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import PropTypes from 'prop-types';

function useDebounced(value, delay) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);
  return debounced;
}

export default function SearchBox({ onSearch, placeholder = 'Search…', delay = 250, suggestions = [] }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebounced(query, delay);
  const listId = useId();
  const inputRef = useRef(null);

  useEffect(() => {
    if (debounced.trim()) onSearch(debounced.trim());
  }, [debounced, onSearch]);

  const visible = useMemo(
    () => suggestions.filter((s) => s.toLowerCase().includes(query.toLowerCase())).slice(0, 8),
    [suggestions, query],
  );

  function onKeyDown(event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, visible.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && active >= 0) {
      setQuery(visible[active]);
      setOpen(false);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="search-box">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        value={query}
        placeholder={placeholder}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {open && visible.length > 0 && (
        <ul id={listId} role="listbox">
          {visible.map((s, i) => (
            <li
              key={s}
              role="option"
              aria-selected={i === active}
              onMouseDown={() => {
                setQuery(s);
                setOpen(false);
              }}
            >
              {s}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

SearchBox.propTypes = {
  onSearch: PropTypes.func.isRequired,
  placeholder: PropTypes.string,
  delay: PropTypes.number,
  suggestions: PropTypes.arrayOf(PropTypes.string),
};
