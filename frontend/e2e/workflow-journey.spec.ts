import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, expectAccessible, test } from './fixtures';

async function logIn(page: Page, username: string, landing: string) {
  await page.waitForURL(/\/realms\/otklik\//);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(username);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.pathname === landing);
}

async function logOut(page: Page) {
  // A fresh start for the next staff member: the session lives in the browser profile only.
  await page.context().clearCookies();
  await page.evaluate(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
}

test('a portal message is triaged, assigned, answered and the story tells it', async ({ page }) => {
  const marker = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const text =
    `Прошу предоставить земельный участок в аренду без торгов для огородничества (${marker}). ` +
    'Участок свободен, кадастровый номер 54:35:000000:123.';

  const receipt =
    await test.step('an anonymous visitor submits a message with an e-mail', async () => {
      await page.goto('/');
      await page.getByLabel(/Фамилия, имя, отчество/).fill('Садовая Мария Петровна');
      await page.getByRole('radio', { name: 'Электронная почта' }).check();
      await page.getByLabel(/Адрес электронной почты/).fill('maria.sadovaya@example.org');
      await page.getByLabel('Вид обращения').selectOption({ label: 'Заявление' });
      await page.getByLabel(/Текст обращения/).fill(text);
      await page.getByRole('button', { name: 'Отправить обращение' }).click();

      const panel = page.getByRole('region', { name: 'Обращение зарегистрировано' });
      await expect(panel).toBeFocused();
      const number = (await panel.getByTestId('registration-number').innerText()).trim();
      const code = (await panel.getByTestId('access-code').innerText()).trim();
      expect(number).toMatch(/^\d{4}-\d+$/);
      expect(code).not.toEqual('');
      await expectAccessible(page, 'the receipt');
      return { number, code };
    });

  await test.step('the public status page finds it by number and code', async () => {
    await page
      .getByRole('region', { name: 'Обращение зарегистрировано' })
      .getByRole('link', { name: /Проверить статус обращения/ })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Проверить статус обращения' }),
    ).toBeVisible();
    await page.getByLabel(/Регистрационный номер/).fill(receipt.number);
    await page.getByLabel(/Код доступа/).fill(receipt.code);
    await page.getByRole('button', { name: 'Проверить статус' }).click();
    const result = page.getByTestId('status-result');
    await expect(
      result.getByRole('heading', { name: `Обращение № ${receipt.number}` }),
    ).toBeVisible();
    await expect(result).toContainText(/Зарегистрировано|Направлен первичный ответ/);
    await expectAccessible(page, 'the status page');
    await page.screenshot({ path: join(ARTIFACTS, 'status-page.png'), fullPage: true });
  });

  let messageUrl = '';
  await test.step('the operator confirms the triage in one click and assigns the executor', async () => {
    await page.goto('/staff');
    await logIn(page, 'operator', '/staff');
    await page.getByLabel('Номер, автор или текст').fill(receipt.number);
    await page.getByRole('button', { name: 'Показать' }).click();
    const row = page.getByRole('link', { name: receipt.number, exact: true });
    await expect(row).toBeVisible();
    await row.click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Обращение № ${receipt.number}` }),
    ).toBeVisible();
    messageUrl = new URL(page.url()).pathname;

    const triage = page.getByRole('region', { name: 'Разбор обращения' });
    await expect(triage.getByText('Разбор ещё не подтверждён.')).toBeVisible();
    const topics = triage.getByRole('list', { name: 'Предлагаемые темы' });
    await expect(topics.getByRole('listitem').first()).toContainText('по словам:');
    await expectAccessible(page, 'the message card before triage');
    await page.screenshot({ path: join(ARTIFACTS, 'message-triage.png'), fullPage: true });

    await triage.getByRole('button', { name: 'Подтвердить подсказку' }).click();
    await expect(triage.getByText(/Разбор подтвердил operator/)).toBeVisible();

    const assignment = page.getByRole('form', { name: 'Исполнитель' });
    await assignment.getByLabel('Подразделение (код)').fill('land');
    await assignment.getByLabel('Исполнитель (учётная запись)').fill('executor');
    await assignment.getByRole('button', { name: 'Назначить' }).click();
    await expect(page.getByRole('article').getByText('В работе', { exact: true })).toBeVisible();
    await logOut(page);
  });

  await test.step('the executor cannot refuse with a bare legal citation', async () => {
    await page.goto(messageUrl);
    await logIn(page, 'executor', messageUrl);
    const answer = page.getByRole('region', { name: 'Ответ' });
    await expect(answer).toBeVisible();
    await answer.getByRole('radio', { name: 'Отказ' }).check();
    await answer.getByLabel('Текст ответа').fill('Рассмотрев ваше заявление, сообщаем.');
    await answer.getByLabel('Основания отказа простыми словами (§14)').fill('п. 2 ст. 39.16 ЗК РФ');
    await answer.getByRole('button', { name: 'Отправить отказ' }).click();
    const problem = answer.getByRole('alert').filter({ hasText: 'только ссылки на нормы' });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('Объясните');
    await expect(page.getByRole('article').getByText('В работе', { exact: true })).toBeVisible();
  });

  await test.step('the executor writes the answer, checks the language and sends it', async () => {
    const answer = page.getByRole('region', { name: 'Ответ' });
    await answer.getByRole('radio', { name: 'Ответ по существу' }).check();
    const body = answer.getByLabel('Текст ответа');
    await body.fill('');
    // A seeded article of the knowledge base stands in for a template: inserting it fills the text.
    await answer.getByLabel('Поиск в базе знаний').fill('консультационная линия');
    await answer
      .getByRole('list', { name: 'Материалы базы знаний' })
      .getByRole('button', { name: 'Вставить «Время работы консультационной линии»' })
      .click();
    await expect(body).toHaveValue(/9:00/);
    const inserted = await body.inputValue();
    await body.fill(
      `Ваше заявление принято. Мы проверили участок: он свободен. ` +
        `Договор аренды подготовим за 30 дней и пришлём вам на подпись.\n\n${inserted}`,
    );
    await answer.getByRole('button', { name: 'Проверить простоту языка' }).click();
    await expect(answer.getByText(/Удобочитаемость:/)).toBeVisible();
    await expectAccessible(page, 'the answer editor');
    await page.screenshot({ path: join(ARTIFACTS, 'message-answer.png'), fullPage: true });
    await answer.getByRole('button', { name: 'Отправить ответ' }).click();
    await expect(page.getByRole('article').getByText('Дан ответ', { exact: true })).toBeVisible();
  });

  await test.step('the story lists every step', async () => {
    const story = page.getByRole('list', { name: 'Шаги истории' });
    for (const step of [
      'Зарегистрировано',
      'Разбор подтверждён',
      'Назначен исполнитель',
      'Ответ отправлен',
    ]) {
      await expect(story.getByText(step, { exact: true }).first()).toBeVisible();
    }
    await expectAccessible(page, 'the answered message card');
    await page.screenshot({ path: join(ARTIFACTS, 'message-story.png'), fullPage: true });
  });
});
