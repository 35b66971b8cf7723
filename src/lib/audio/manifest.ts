/** The audio manifest (static/audio/manifest.json): which file says each prompt, and who made it. */
export type AudioEntry = {
	/** The file name, without extension (.opus and .mp3 exist for each). */
	hash: string;
	source: 'synthesised' | 'recorded';
	bytes: number;
};

export type AudioManifest = { prompts: Record<string, Record<string, AudioEntry>> };
