import { useEffect } from 'react';
import { Kbd } from '../ui/Kbd';
import { useApp } from './app-store';
import { screens } from './screens';

/** The menu. Alt+1 … Alt+9 open each screen from anywhere. */
export function Sidebar() {
  const current = useApp((state) => state.navigation.screen);
  const go = useApp((state) => state.go);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const target = screens.find((screen) => screen.key === event.key);
      if (target) {
        event.preventDefault();
        go(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
  return (
    <nav className="sidebar" aria-label="Menú principal">
      <div className="brand">Mostrador</div>
      <ul>
        {screens.map((screen) => (
          <li key={screen.id}>
            <button
              type="button"
              className={screen.id === current ? 'nav-item active' : 'nav-item'}
              aria-current={screen.id === current ? 'page' : undefined}
              onClick={() => go(screen.id)}
            >
              <span>{screen.label}</span>
              <Kbd>{`Alt+${screen.key}`}</Kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
