"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useShortcuts } from "@/components/flags/use-shortcuts";

/** Every keyboard shortcut of the desk, by where it works (keep in step with the handlers it names). */
export const SHORTCUTS: { where: string; items: { keys: string[]; label: string }[] }[] = [
  {
    where: "Anywhere in the desk",
    items: [
      { keys: ["?"], label: "show this list of shortcuts" },
      { keys: ["/"], label: "go to the search box in the header" },
      { keys: ["Tab"], label: "the first stop is “Skip to content”" },
      { keys: ["Esc"], label: "close a dialog" },
    ],
  },
  {
    where: "On an article",
    items: [
      { keys: ["j", "]"], label: "next flag, in reading order, of the flags list’s filter" },
      { keys: ["k", "["], label: "previous flag" },
      { keys: ["Enter", "Space"], label: "open the claim or flag pin that has the focus" },
      { keys: ["Esc"], label: "close the claim or flag panel" },
    ],
  },
  {
    where: "In a flag’s panel (editors and reviewers)",
    items: [
      { keys: ["c"], label: "confirm the flag, then go on to the next open flag" },
      { keys: ["d"], label: "dismiss the flag: asks why, then goes on to the next open flag" },
    ],
  },
  {
    where: "In a reason field",
    items: [
      { keys: ["Enter"], label: "submit" },
      { keys: ["Shift+Enter"], label: "new line" },
      { keys: ["Esc"], label: "cancel" },
    ],
  },
  {
    where: "In a row of tabs",
    items: [
      { keys: ["←", "→"], label: "previous / next tab" },
      { keys: ["Home", "End"], label: "first / last tab" },
    ],
  },
];

/** `?` opens the list of every shortcut (outside text fields); Esc or Close closes it. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  useShortcuts((key) => {
    if (key !== "?") return false;
    setOpen(true);
    return true;
  });
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={() => setOpen(false)} testId="shortcuts-dialog">
      <table className="shortcut-table">
        {SHORTCUTS.map((group) => (
          <tbody key={group.where}>
            <tr>
              <th colSpan={2} scope="colgroup">
                {group.where}
              </th>
            </tr>
            {group.items.map((item) => (
              <tr key={item.label}>
                <td>
                  {item.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && " / "}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{item.label}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <div className="dialog-actions">
        <Button autoFocus onClick={() => setOpen(false)}>
          Close
        </Button>
      </div>
    </Dialog>
  );
}
