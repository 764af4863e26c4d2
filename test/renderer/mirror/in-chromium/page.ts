// Runs in Chromium (see ../in-chromium.test.ts): the app's database and look-ups on real IndexedDB.
import { MostradorDB } from '../../../../src-renderer/data/db';
import { customerByIdentification, productByBarcodeOrCode } from '../../../../src-renderer/data/mirror/lookups';
import { searchProducts } from '../../../../src-renderer/data/mirror/search';
import { customerRow, productRow } from '../fixtures';

/**
 * Writes rows one at a time, each followed at once by a look-up or search for it, with the
 * indexes already loaded (so each write reaches them only through its commit). Returns how many
 * of them missed the row just written.
 */
async function lookUpRightAfterWriting(writes: number) {
  const db = new MostradorDB(`after-write-${Date.now()}`);
  await db.open();
  await productByBarcodeOrCode(db, 'load');
  await customerByIdentification(db, 'load');
  const missed = { byCode: 0, byBarcode: 0, byIdentification: 0, byWords: 0 };
  for (let i = 0; i < writes; i += 1) {
    await db.products.put(productRow(`p${i}`, `COD-${i}`, `Producto${i}`, { additional_fields: { barcode: `77000${i}` } }));
    if ((await productByBarcodeOrCode(db, `COD-${i}`))?.id !== `p${i}`) missed.byCode += 1;
    await db.transaction('rw', db.products, db.syncState, async () => {
      await db.products.put(productRow(`q${i}`, `QQ-${i}`, `Otro${i}`, { additional_fields: { barcode: `88000${i}` } }));
    });
    if ((await productByBarcodeOrCode(db, `88000${i}`))?.id !== `q${i}`) missed.byBarcode += 1;
    if ((await searchProducts(db, `otro${i}`)).results[0]?.id !== `q${i}`) missed.byWords += 1;
    await db.customers.bulkPut([customerRow(`c${i}`, `9000${i}`, ['Cliente', `Numero${i}`])]);
    if ((await customerByIdentification(db, `9000${i}`))?.id !== `c${i}`) missed.byIdentification += 1;
  }
  db.close();
  return missed;
}

(window as unknown as { lookUpRightAfterWriting: typeof lookUpRightAfterWriting }).lookUpRightAfterWriting = lookUpRightAfterWriting;
document.body.dataset['ready'] = 'true';
