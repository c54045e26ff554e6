import { join } from 'node:path';
import { ARTIFACTS, expect, expectAccessible, test } from './fixtures';

const editor = { username: 'editor', password: 'editor' };

test('a citizen finds the line hours in the public FAQ', async ({ page }) => {
  await page.goto('/faq');
  await expect(page.getByRole('heading', { level: 1, name: 'Частые вопросы' })).toBeVisible();
  await page.getByLabel('Ваш вопрос').fill('когда работает консультационная линия');
  await page.getByRole('button', { name: 'Найти' }).click();

  const hit = page.getByRole('link', { name: 'Время работы консультационной линии' });
  await expect(hit).toBeVisible();
  await expect(page.locator('.search-hit mark').first()).toBeVisible();
  await expectAccessible(page, 'the FAQ search');
  await page.screenshot({ path: join(ARTIFACTS, 'faq-search.png'), fullPage: true });

  await hit.click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Когда работает консультационная линия департамента?',
    }),
  ).toBeVisible();
  await expect(page.getByText(/с 9:00 до 18:00 с понедельника по четверг/)).toBeVisible();
});

test('an editor writes, publishes and finds an article of their unit', async ({ page }) => {
  const marker = `e2e${Date.now().toString(36)}`;
  const title = `Сервитут для проезда ${marker}`;

  await test.step('log in as the land unit editor', async () => {
    await page.goto('/staff/knowledge');
    await page.waitForURL(/\/realms\/otklik\//);
    await page.locator('#username').fill(editor.username);
    await page.locator('#password').fill(editor.password);
    await page.locator('#kc-login').click();
    await page.waitForURL((url) => url.pathname === '/staff/knowledge');
    await expect(page.getByRole('heading', { level: 1, name: 'База знаний' })).toBeVisible();
    await expectAccessible(page, 'the knowledge base');
  });

  await test.step('write a draft with a Markdown preview', async () => {
    await page.getByRole('link', { name: 'Новая статья' }).click();
    await page
      .getByLabel('Раздел')
      .selectOption({ label: 'Общие материалы подразделения — Отдел земельных отношений' });
    await page.getByLabel('Вид материала').selectOption('solution_example');
    await page.getByLabel(/Заголовок/).fill(title);
    await page
      .getByLabel(/Текст \(Markdown\)/)
      .fill('**Сервитут** устанавливается соглашением сторон.\n\n- проезд\n- проход');
    await expect(page.getByRole('region', { name: 'Предпросмотр' }).locator('strong')).toHaveText(
      'Сервитут',
    );
    await expectAccessible(page, 'the editor');
    await page.screenshot({ path: join(ARTIFACTS, 'knowledge-editor.png'), fullPage: true });
    await page.getByRole('button', { name: 'Создать черновик' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  await test.step('publish it and find it by another word form with a typo', async () => {
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await expect(page.getByText('Опубликовано')).toBeVisible();
    await page.goto(`/staff/knowledge/search?q=${encodeURIComponent(`сирвитута ${marker}`)}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectAccessible(page, 'the staff search');
    await page.screenshot({ path: join(ARTIFACTS, 'knowledge-search.png'), fullPage: true });
  });

  await test.step('the history shows both versions', async () => {
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('link', { name: 'История версий' }).click();
    await expect(page.getByRole('cell', { name: 'Опубликована' })).toBeVisible();
    await expect(page.getByRole('cell', { name: /Создана/ })).toBeVisible();
    await expectAccessible(page, 'the version history');
    await page.screenshot({ path: join(ARTIFACTS, 'knowledge-history.png'), fullPage: true });
  });

  await test.step('the review dashboard answers for every unit', async () => {
    await page.goto('/staff/knowledge/reviews');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Актуализация базы знаний' }),
    ).toBeVisible();
    await expectAccessible(page, 'the review dashboard');
    await page.screenshot({ path: join(ARTIFACTS, 'knowledge-reviews.png'), fullPage: true });
  });

  await test.step('gaps, sections and the referral directory are reachable and accessible', async () => {
    await page.goto('/staff/knowledge/gaps');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Пробелы базы знаний' }),
    ).toBeVisible();
    await expect(page.getByLabel('Подразделение')).toBeVisible();
    await expectAccessible(page, 'the gap list');
    await page.screenshot({ path: join(ARTIFACTS, 'knowledge-gaps.png'), fullPage: true });

    await page.goto('/staff/knowledge/sections');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Разделы базы знаний' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Разделы, которые вы ведёте' })).toBeVisible();
    await expectAccessible(page, 'section management');

    await page.goto('/staff/knowledge/referrals');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Справочник органов для переадресации' }),
    ).toBeVisible();
    await expect(page.getByRole('list', { name: 'Органы и организации' })).toBeVisible();
    await expectAccessible(page, 'the referral directory');
  });
});
