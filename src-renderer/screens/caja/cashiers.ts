import type { UserRow } from '../../data/mirror/rows';

/** A Siigo user as the cashier list and the Z report name them. */
export function cashierName(user: UserRow): string {
  const { first_name, last_name, username, email } = user.siigo;
  return [first_name, last_name].filter(Boolean).join(' ') || username || email || `Usuario ${user.id}`;
}

/** Who may open a session: the active users mirrored from Siigo, by name. */
export function cashierOptions(users: readonly UserRow[]): Array<{ id: number; name: string }> {
  return users
    .filter((user) => user.active)
    .map((user) => ({ id: user.id, name: cashierName(user) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'es'));
}
