import { join } from 'node:path';
import { ARTIFACTS, expect, expectAccessible, test } from './fixtures';

const operator = { username: 'operator', password: 'operator' };

test('a message sent on the portal reaches the operator inbox', async ({ page }) => {
  const marker = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const text = `Проверка ${marker}: прошу разъяснить порядок предоставления участка в аренду.`;

  await test.step('the portal page is accessible', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Написать обращение' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(
      'Отклик — Департамент имущества и земельных отношений Новосибирской области',
    );
    await expectAccessible(page, 'the portal');
    await page.screenshot({ path: join(ARTIFACTS, 'portal.png'), fullPage: true });
  });

  const registrationNumber = await test.step('submit a message', async () => {
    await page.getByLabel(/Фамилия, имя, отчество/).fill('Проверкин Иван Иванович');
    await page.getByRole('radio', { name: 'Электронная почта' }).check();
    await page.getByLabel(/Адрес электронной почты/).fill('ivan.proverkin@example.org');
    await page.getByLabel(/Текст обращения/).fill(text);
    await page.getByRole('button', { name: 'Отправить обращение' }).click();

    const receipt = page.getByRole('region', { name: 'Обращение зарегистрировано' });
    await expect(receipt).toBeFocused();
    await expect(receipt.getByTestId('due-at')).not.toBeEmpty();
    const number = (await receipt.getByTestId('registration-number').innerText()).trim();
    expect(number).toMatch(/^\d{4}-\d+$/);
    await page.screenshot({ path: join(ARTIFACTS, 'portal-receipt.png'), fullPage: true });
    return number;
  });

  await test.step('log in to the staff workspace through Keycloak', async () => {
    await page.getByRole('link', { name: 'Вход для сотрудников' }).click();
    await page.waitForURL(/\/realms\/otklik\//);
    await page.locator('#username').fill(operator.username);
    await page.locator('#password').fill(operator.password);
    await page.locator('#kc-login').click();
    await page.waitForURL((url) => url.pathname === '/staff');
    await expect(page.getByRole('heading', { level: 1, name: 'Входящие' })).toBeVisible();
  });

  await test.step('find the message in the inbox', async () => {
    const row = page.getByRole('link', { name: registrationNumber, exact: true });
    await expect(page.getByRole('table', { name: /Входящие обращения/ })).toBeVisible();
    // The inbox is sorted by due date, so a new message may be on a later page.
    for (let pages = 0; !(await row.isVisible()) && pages < 50; pages++) {
      const next = page.getByRole('link', { name: /Следующая страница/ });
      if (!(await next.isVisible())) break;
      await next.click();
      await expect(page).toHaveURL(/[?&]page=\d+/);
      await page.waitForLoadState('networkidle');
    }
    await expect(row).toBeVisible();
    await expectAccessible(page, 'the inbox');
    await page.screenshot({ path: join(ARTIFACTS, 'inbox.png'), fullPage: true });
    await row.click();
  });

  await test.step('open it and read the text', async () => {
    await expect(
      page.getByRole('heading', { level: 1, name: `Обращение № ${registrationNumber}` }),
    ).toBeVisible();
    await expect(page.getByTestId('message-text')).toHaveText(text);
    await expect(page.getByText('Проверкин Иван Иванович')).toBeVisible();
  });
});
