// Types for the matching libraries, which ship none.
declare module 'talisman/metrics/jaro-winkler' {
	const jaroWinkler: (a: string, b: string) => number;
	export default jaroWinkler;
}
declare module 'talisman/phonetics/double-metaphone' {
	const doubleMetaphone: (word: string) => [string, string];
	export default doubleMetaphone;
}
declare module 'parse-address' {
	export type ParsedLocation = {
		number?: string;
		prefix?: string;
		street?: string;
		type?: string;
		suffix?: string;
		sec_unit_type?: string;
		sec_unit_num?: string;
		city?: string;
		state?: string;
		zip?: string;
	};
	export function parseLocation(text: string): ParsedLocation | null;
	const parser: { parseLocation: typeof parseLocation };
	export default parser;
}
