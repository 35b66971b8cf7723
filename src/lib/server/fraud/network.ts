/**
 * The network a registration came from, as a keyed hash of its /24 (IPv4) or /48 (IPv6): it
 * tells the analytics that many accounts came from one network in minutes, without storing
 * anyone's address, and the key (outside the database) makes it useless to anyone else.
 */
import { keyedPseudonym } from '../pseudonym';

export function networkOf(address: string): string | null {
	const ip = address.replace(/^::ffff:/, '');
	if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return ip.split('.').slice(0, 3).join('.');
	if (ip.includes(':')) {
		const [head = '', tail = ''] = ip.split('::');
		const left = head ? head.split(':') : [];
		const right = tail ? tail.split(':') : [];
		const groups = [
			...left,
			...Array(Math.max(0, 8 - left.length - right.length)).fill('0'),
			...right
		];
		return groups
			.slice(0, 3)
			.map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
			.join(':');
	}
	return null;
}

export function networkHash(address: string, key: Buffer): string | null {
	const network = networkOf(address);
	return network ? keyedPseudonym(key, 'net', network) : null;
}
