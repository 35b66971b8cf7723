/**
 * U.S. addresses and phone numbers for the synthetic population. An address is made once (its
 * parts) and typed many ways: "123 Main St", "123 main street", "123 MAIN ST.", with the unit in
 * line 2 or on line 1 ("Apt 4B", "#4B", "Unit 4B"). Ordinary addresses and phone numbers come
 * from a counter through a bijection, so no two are the same unless a pattern plants it.
 */
import type { UsAddress } from '../../server/db/schema';
import { phonePlans } from './names';
import type { Random } from './random';

export type Address = {
	number: number;
	/** N, S, E, W or ''. */
	direction: string;
	street: string;
	/** Index into streetTypes. */
	type: number;
	unit: string;
	city: string;
	state: string;
	zip: string;
	plus4: string;
};

const cities: ReadonlyArray<readonly [string, string, readonly string[]]> = [
	['Houston', 'TX', ['77036', '77072', '77081', '77099', '77057']],
	['Dallas', 'TX', ['75211', '75217', '75228', '75220']],
	['San Antonio', 'TX', ['78207', '78221', '78228']],
	['El Paso', 'TX', ['79903', '79905', '79907', '79915']],
	['Los Angeles', 'CA', ['90011', '90022', '90044', '90003']],
	['San Diego', 'CA', ['92105', '92113', '92114']],
	['Phoenix', 'AZ', ['85009', '85017', '85031', '85033']],
	['Tucson', 'AZ', ['85705', '85713', '85746']],
	['Chicago', 'IL', ['60623', '60629', '60632', '60639']],
	['New York', 'NY', ['10032', '10033', '10040', '10031']],
	['Bronx', 'NY', ['10453', '10458', '10468', '10467']],
	['Brooklyn', 'NY', ['11207', '11208', '11220', '11226']],
	['Corona', 'NY', ['11368']],
	['Miami', 'FL', ['33125', '33135', '33142']],
	['Orlando', 'FL', ['32807', '32822', '32839']],
	['Atlanta', 'GA', ['30341', '30345', '30340']],
	['Charlotte', 'NC', ['28205', '28212', '28217']],
	['Raleigh', 'NC', ['27610', '27604']],
	['Denver', 'CO', ['80204', '80219', '80221']],
	['Las Vegas', 'NV', ['89101', '89110', '89115']],
	['Newark', 'NJ', ['07104', '07105', '07107']],
	['Elizabeth', 'NJ', ['07201', '07206', '07208']],
	['Chelsea', 'MA', ['02150']],
	['Boston', 'MA', ['02128', '02124']],
	['Washington', 'DC', ['20011', '20010']],
	['Silver Spring', 'MD', ['20901', '20906', '20904']],
	['Nashville', 'TN', ['37211', '37013']],
	['Salt Lake City', 'UT', ['84104', '84119']],
	['Seattle', 'WA', ['98108', '98118']],
	['Portland', 'OR', ['97266', '97233']],
	['Omaha', 'NE', ['68107', '68105']],
	['Columbus', 'OH', ['43224', '43229']],
	['Philadelphia', 'PA', ['19120', '19140']],
	['Indianapolis', 'IN', ['46222', '46224']]
];

const streets =
	'Main,Oak,Maple,Pine,Cedar,Elm,Washington,Lincoln,Jefferson,Madison,Park,Lake,Hill,Church,Mill,Spring,River,Sunset,Highland,Jackson,Franklin,Walnut,Chestnut,Willow,Magnolia,Dogwood,Cherry,Hickory,Birch,Sycamore,Center,Broad,Market,Union,Grant,Adams,Monroe,Wilson,Harrison,Forest,Meadow,Valley,Ridge,Prospect,College,School,Bridge,Water,Mesa,Alameda,Rosewood,Pecan,Cypress,Bayou,Bellaire,Gessner,Fondren,Hillcroft,Airline,Kirby,Montrose,Fulton,Atlantic,Myrtle,Central,Grand,Garfield,Columbus,Roosevelt,Kennedy,Cleveland,Greenwood,Fairview,Riverside,Lakeview,Woodland,Orchard,Palm,Ocean,Bay,Harbor,Canal,Commerce,Industrial,Sunrise,Vista,Sierra,Mission,Pueblo,Saguaro,Bonita,Colonial,Liberty,Independence,Heritage,Crescent,Laurel,Juniper,Aspen,Poplar'.split(
		','
	);
/** Streets used only by planted and allowlisted addresses, so none collides with an ordinary one. */
const specialStreets =
	'Bluebonnet,Mockingbird,Live Oak,Cottonwood,Primrose,Hummingbird,Larkspur,Mesquite,Sagebrush,Tamarind,Bougainvillea,Goldenrod,Hawthorn,Wisteria,Marigold,Foxglove,Redbud,Buttonwood,Silverbell,Sweetgum'.split(
		','
	);

/** [abbreviation, full word]. */
export const streetTypes: ReadonlyArray<readonly [string, string]> = [
	['St', 'Street'],
	['Ave', 'Avenue'],
	['Rd', 'Road'],
	['Blvd', 'Boulevard'],
	['Dr', 'Drive'],
	['Ln', 'Lane'],
	['Ct', 'Court'],
	['Way', 'Way'],
	['Pl', 'Place'],
	['Pkwy', 'Parkway'],
	['Cir', 'Circle'],
	['Ter', 'Terrace']
];
const typeWeights = [30, 22, 10, 6, 14, 6, 3, 3, 2, 1, 2, 1];

const directions: Record<string, string> = { N: 'North', S: 'South', E: 'East', W: 'West' };

const numbersPerStreet = 9000;
const ordinarySpace = numbersPerStreet * streets.length * cities.length;

/** A permutation of [0, m): (i·a + b) mod m, with a prime to m. */
function permute(i: number, m: number, a: number, b: number): number {
	return Number((BigInt(i) * BigInt(a) + BigInt(b)) % BigInt(m));
}

function unitFor(random: Random): string {
	const r = random.next();
	if (r < 0.5) return `${random.between(1, 4)}${random.pick(['A', 'B', 'C', 'D'])}`;
	if (r < 0.85) return String(random.between(1, 3) * 100 + random.between(1, 30));
	return String(random.between(1, 40));
}

function build(
	random: Random,
	number: number,
	street: string,
	cityIndex: number,
	unitShare: number
): Address {
	const [city, state, zips] = cities[cityIndex]!;
	return {
		number,
		direction: random.chance(0.15) ? random.pick(Object.keys(directions)) : '',
		street,
		type: random.weighted(typeWeights),
		unit: random.chance(unitShare) ? unitFor(random) : '',
		city,
		state,
		zip: random.pick(zips),
		plus4: String(random.between(1000, 9999))
	};
}

/** The i-th ordinary address: distinct from every other ordinary (and special) address. */
export function ordinaryAddress(i: number, random: Random): Address {
	const v = permute(i % ordinarySpace, ordinarySpace, 2_654_435_761, 97_531);
	const number = 100 + (v % numbersPerStreet);
	const rest = Math.floor(v / numbersPerStreet);
	return build(
		random,
		number,
		streets[rest % streets.length]!,
		Math.floor(rest / streets.length),
		0.3
	);
}

/** An address for a planted pattern or a shelter, never one an ordinary account has. */
export function specialAddress(i: number, random: Random, unit: boolean): Address {
	const street = specialStreets[i % specialStreets.length]!;
	const number = 100 + ((Math.floor(i / specialStreets.length) * 7919 + random.int(97)) % 9800);
	return build(random, number, street, random.int(cities.length), unit ? 1 : 0);
}

export type AddressStyle = {
	/** 0 title case, 1 lower case, 2 upper case. */
	case: 0 | 1 | 2;
	fullType: boolean;
	dot: boolean;
	fullDirection: boolean;
	/** 'line2' or 'line1' (after the street), how the unit is written. */
	unitPlace: 'line2' | 'line1';
	unitForm: number;
	zipPlus4: boolean;
};

const unitForms = ['Apt {u}', 'Apt. {u}', '#{u}', 'Unit {u}', 'Apartment {u}', '# {u}', 'Ste {u}'];

export function randomStyle(random: Random, careful = true): AddressStyle {
	return {
		case: careful ? (random.chance(0.85) ? 0 : random.chance(0.6) ? 1 : 2) : random.pick([0, 1, 2]),
		fullType: random.chance(careful ? 0.3 : 0.5),
		dot: random.chance(careful ? 0.15 : 0.4),
		fullDirection: random.chance(careful ? 0.2 : 0.5),
		unitPlace: random.chance(careful ? 0.75 : 0.5) ? 'line2' : 'line1',
		unitForm: random.weighted([35, 10, 25, 15, 5, 5, 2]),
		zipPlus4: random.chance(careful ? 0.08 : 0.25)
	};
}

const recase = (s: string, c: 0 | 1 | 2) =>
	c === 1 ? s.toLowerCase() : c === 2 ? s.toUpperCase() : s;

/** The address as one person typed it (after the form's validation: all fields present). */
export function typeAddress(a: Address, style: AddressStyle): UsAddress {
	const [abbr, full] = streetTypes[a.type]!;
	const type = style.fullType ? full : abbr + (style.dot && abbr !== full ? '.' : '');
	const direction = a.direction
		? style.fullDirection
			? directions[a.direction]!
			: a.direction + (style.dot ? '.' : '')
		: '';
	let line1 = [String(a.number), direction, a.street, type].filter(Boolean).join(' ');
	let line2 = '';
	if (a.unit) {
		const unit = unitForms[style.unitForm]!.replace('{u}', a.unit);
		if (style.unitPlace === 'line2') line2 = unit;
		else line1 = `${line1}${style.dot ? ',' : ''} ${unit}`;
	}
	return {
		line1: recase(line1, style.case),
		line2: recase(line2, style.case),
		city:
			style.case === 1 ? a.city.toLowerCase() : style.case === 2 ? a.city.toUpperCase() : a.city,
		state: style.case === 1 && style.dot ? a.state.toLowerCase() : a.state,
		zip: style.zipPlus4 ? `${a.zip}-${a.plus4}` : a.zip
	};
}

/** The address in its plain form (title case, abbreviations, unit on line 2): for the truth file. */
export function canonicalAddress(a: Address): UsAddress {
	return typeAddress(a, {
		case: 0,
		fullType: false,
		dot: false,
		fullDirection: false,
		unitPlace: 'line2',
		unitForm: 0,
		zipPlus4: false
	});
}

/** Area codes not among the usual ones (see phoneNumber). */
const otherAreaCodes = ['346', '469', '726', '323', '480', '773', '929', '786', '470', '725'];

const reverseDigits = (v: number, width: number) =>
	Number(String(v).padStart(width, '0').split('').reverse().join(''));

/** A permutation of [0, 10^width) that scatters neighbouring counters over all digits. */
function scatter(i: number, width: number): number {
	const m = 10 ** width;
	return permute(
		reverseDigits(permute(i, m, 7_654_321, 1_234_567), width),
		m,
		3_141_593,
		2_718_281
	);
}

/**
 * The i-th phone number, E.164, in the country given: unique for every i below ten million
 * (the last seven digits are a permutation of i).
 */
export function phoneNumber(i: number, country: string, random: Random): string {
	const plan = phonePlans[country] ?? phonePlans.US!;
	const prefix = random.pick(plan.prefixes);
	if (plan.code === '1') {
		// An exchange never starts with 0 or 1: those numbers move to 8 and 9 under other area
		// codes, so every counter still gives its own number.
		let local = String(scatter(i, 7)).padStart(7, '0');
		let area = prefix;
		if (local[0] === '0' || local[0] === '1') {
			local = String(Number(local[0]) + 8) + local.slice(1);
			area = random.pick(otherAreaCodes);
		}
		return `+1${area}${local}`;
	}
	const tail = String(scatter(i, 7)).padStart(7, '0');
	let middle = '';
	for (let k = prefix.length + tail.length; k < plan.national; k++)
		middle += String(random.int(10));
	return `+${plan.code}${prefix}${middle}${tail}`;
}
