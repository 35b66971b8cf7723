import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-db';
import { account, person } from '../db/schema';
import { helpedGroup, helpedGroups } from './applicants';
import { createFirstAdmin } from '../staff/staff-users';

const temp = tempDatabase();
afterAll(() => temp.remove());
const db = temp.db;

function group(id: number, organisationId: number, code: string, names: string[]) {
	db.insert(account)
		.values({
			id,
			bookingCode: code,
			pinHash: 'x',
			locale: 'es',
			channel: 'caseworker',
			organisationId,
			createdAt: id
		})
		.run();
	names.forEach((fullName, i) =>
		db
			.insert(person)
			.values({
				accountId: id,
				position: i + 1,
				fullName,
				dateOfBirth: '1990-01-01',
				nationality: 'GT'
			})
			.run()
	);
}

const staff = (role: 'caseworker' | 'admin', organisationId: number) => ({
	id: 1,
	name: 'x',
	role,
	organisationId,
	mustChangePassword: false,
	idleEndsAt: 0
});

describe('the groups a caseworker helps', () => {
	it('are their organisation’s, found by code or part of a name', async () => {
		await createFirstAdmin(db, 'a@b.org', 0);
		db.$client.exec(
			"insert into organisation (id, name, kind, created_at) values (2, 'Casa', 'ngo', 0), (3, 'Otra', 'ngo', 0)"
		);
		group(10, 2, '3AC-DEF-GHJ', ['Ana Tz’unun', 'Luis Pérez']);
		group(11, 3, '4KM-NPQ-RTW', ['Other Family']);
		const rosa = staff('caseworker', 2);
		expect(helpedGroups(db, rosa).map((g) => g.id)).toEqual([10]);
		expect(helpedGroups(db, rosa, 'tz’un').map((g) => g.names)).toEqual([
			['Ana Tz’unun', 'Luis Pérez']
		]);
		expect(helpedGroups(db, rosa, '3ac def ghj').map((g) => g.id)).toEqual([10]);
		expect(helpedGroups(db, rosa, 'Nobody Such')).toEqual([]);
		expect(helpedGroups(db, rosa, 'Other')).toEqual([]);
		expect(helpedGroup(db, rosa, 11)).toBeNull();
		expect(helpedGroups(db, staff('admin', 1)).map((g) => g.id)).toEqual([11, 10]);
	});
});
