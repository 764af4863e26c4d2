/**
 * Runs keytar operations in a fresh process (the keychain test's "app"), so each run is a new
 * keytar instance with the D-Bus session of its environment. Argument: JSON list of operations.
 * Prints a JSON list of results; exits 2 when the keychain is unavailable.
 */
import { loadKeytarSecretStore } from '../../../src-main/connection/keytar-secret-store';

type Operation = { op: 'get'; account: string } | { op: 'set'; account: string; secret: string } | { op: 'delete'; account: string };

const operations = JSON.parse(process.argv[2] ?? '[]') as Operation[];
const store = await loadKeytarSecretStore({ service: process.env['KEYTAR_TEST_SERVICE'] ?? 'Mostrador Test' });
if (!store) {
  console.log(JSON.stringify({ unavailable: true }));
  process.exit(2);
}
const results: Array<string | null> = [];
for (const operation of operations) {
  if (operation.op === 'get') results.push(await store.get(operation.account));
  else if (operation.op === 'set') results.push((await store.set(operation.account, operation.secret), null));
  else results.push((await store.delete(operation.account), null));
}
console.log(JSON.stringify({ results }));
