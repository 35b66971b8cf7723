/** What the page tells the person about this device: answers waiting to be sent, a new version. */
export type DeviceNotice =
	/** Just saved on this device; it will be sent when online. */
	| 'saved'
	/** This form needs a connection (signing in): nothing was sent, nothing typed is lost. */
	| 'needs-connection'
	/** Everything that waited has been sent. */
	| 'sent'
	/** The server did not accept something that waited: the person must look at it again. */
	| 'refused';

export const deviceStatus = $state({
	queued: 0,
	notice: null as DeviceNotice | null,
	updateReady: false
});
