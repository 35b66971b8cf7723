import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	isIsoDate,
	readQuery,
	validateAppointmentsQuery,
	validateAuditQuery
} from './export-query';

const ports = ['laredo', 'hidalgo'];

describe('the appointments query', () => {
	it('takes a known port and two days up to 366 days apart', () => {
		expect(
			validateAppointmentsQuery({ port: 'laredo', from: '2026-01-01', to: '2027-01-01' }, ports)
		).toEqual({ ok: true, value: { portId: 'laredo', from: '2026-01-01', to: '2027-01-01' } });
	});

	it('names each problem by its field', () => {
		expect(validateAppointmentsQuery({ port: '', from: '', to: '' }, ports)).toEqual({
			ok: false,
			errors: {
				port: 'export_port_required',
				from: 'export_from_required',
				to: 'export_to_required'
			}
		});
		expect(
			validateAppointmentsQuery({ port: 'mars', from: '2026-02-30', to: 'soon' }, ports)
		).toEqual({
			ok: false,
			errors: {
				port: 'export_port_required',
				from: 'export_date_invalid',
				to: 'export_date_invalid'
			}
		});
	});

	it('refuses a range backwards or longer than 366 days', () => {
		expect(
			validateAppointmentsQuery({ port: 'laredo', from: '2026-03-02', to: '2026-03-01' }, ports)
		).toEqual({ ok: false, errors: { to: 'export_range_backwards' } });
		expect(
			validateAppointmentsQuery({ port: 'laredo', from: '2026-01-01', to: '2027-01-02' }, ports)
		).toEqual({ ok: false, errors: { to: 'export_range_too_long' } });
	});
});

describe('the audit query', () => {
	it('may leave out either day', () => {
		expect(validateAuditQuery({ from: '', to: '' })).toEqual({ ok: true, value: {} });
		expect(validateAuditQuery({ from: '2026-01-01', to: '' })).toEqual({
			ok: true,
			value: { from: '2026-01-01' }
		});
		expect(validateAuditQuery({ from: '2026-01-01', to: '2025-01-01' }).ok).toBe(false);
	});
});

describe('query values', () => {
	it('accepts only real dates written YYYY-MM-DD', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2025-02-29')).toBe(false);
		expect(isIsoDate('2025-1-01')).toBe(false);
		expect(isIsoDate('01/02/2025')).toBe(false);
	});

	it('never throws, whatever a URL carries', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), (port, from, to) => {
				const params = new URLSearchParams({ port, from, to });
				validateAppointmentsQuery(readQuery(params, ['port', 'from', 'to'] as const), ports);
				validateAuditQuery(readQuery(params, ['from', 'to'] as const));
			})
		);
		expect(readQuery(new URLSearchParams(), ['port'] as const)).toEqual({ port: '' });
	});
});
