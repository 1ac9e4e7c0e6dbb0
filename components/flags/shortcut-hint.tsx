/** A one-line reminder of the keyboard shortcuts, e.g. "j / k next / previous flag · c confirm". */
export function ShortcutHint({ items }: { items: { keys: string[]; label: string }[] }) {
  return (
    <p className="kbd-hint">
      <span className="visually-hidden">Keyboard shortcuts: </span>
      {items.map((item, i) => (
        <span key={item.label}>
          {i > 0 && <span aria-hidden> · </span>}
          {item.keys.map((k, j) => (
            <span key={k}>
              {j > 0 && " / "}
              <kbd>{k}</kbd>
            </span>
          ))}{" "}
          {item.label}
        </span>
      ))}
    </p>
  );
}
