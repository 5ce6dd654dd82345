import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './support/sign-in';

// Evidence through the real form and the real server: a phone photo of a few megabytes is
// accepted (the server's request limits must let it through to the content check), and a
// text file named like a photo is refused at the field.

const CODE = 'RAIL-JINAN-LAIWU-HSR';
// A 1×1 PNG padded after its end marker to a realistic photo size: still a PNG by content.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PHOTO = Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]);

test('an editor attaches a 3 MB photo; a text file named .png is refused at the field', async ({ page }) => {
  const { jinanEditor } = DEMO_ACCOUNTS;
  await signIn(page, jinanEditor.email, jinanEditor.password, `/staff/projects/${CODE}`);
  const evidence = page.getByLabel('佐证材料（照片、PDF）');
  const note = page.getByLabel('修改原因（记入变更记录）');

  await evidence.setInputFiles({
    name: 'site.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<html><script>alert(1)</script>'),
  });
  await note.fill('附现场照片');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByText('只接受照片（JPEG、PNG、WebP）和 PDF 文件；系统会检查文件内容。')).toBeVisible();

  await page
    .getByLabel('佐证材料（照片、PDF）')
    .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: PHOTO });
  await page.getByLabel('修改原因（记入变更记录）').fill('附现场照片');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByText('已保存。下方的变更记录显示了这次修改。')).toBeVisible();
  await expect(page.getByText('site.png').first()).toBeVisible();
});
