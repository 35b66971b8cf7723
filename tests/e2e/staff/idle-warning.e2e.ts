import { test, expect } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { chooseOwnPassword, firstAdmin, staffSignIn } from '../support/staff';
import { messagesOf } from '../support/messages';

const en = messagesOf('en');

test('a staff page warns before the session ends unused, and one tap keeps it', async ({
	page,
	server
}) => {
	const admin = firstAdmin(server);
	await page.clock.install();
	await staffSignIn(page, admin.email, admin.password);
	await chooseOwnPassword(page, 'a passphrase for the clock test');
	await page.waitForSelector('html[data-scripted]');
	await page.clock.fastForward('28:30');
	const warning = page.getByRole('alertdialog');
	await expect(warning).toContainText(en.staff_idle_warning!.split('{minutes}')[0]!);
	await expect(page.getByRole('button', { name: en.staff_idle_keep })).toBeFocused();
	await expectNoAxeViolations(page, 'idle warning');
	await page.getByRole('button', { name: en.staff_idle_keep }).click();
	await expect(warning).toBeHidden();
});
