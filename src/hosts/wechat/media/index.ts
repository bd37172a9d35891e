/**
 * The media family's behaviour: pickers, files, images, the selector query, the clipboard and location
 * updates. The API records (../apis/*.ts) are data the core loads at import; they reach this module only
 * through ./load.ts, on their first call. The build bundles it as dist/media-family.cjs and requires it then
 * (./load.lazy.ts), so that importing fake-wx costs no more for this family, whatever its size.
 */
export { getClipboard, setClipboard } from './clipboard'
export { FS_RUNS } from './fs-methods'
export { canvasToTempFilePath, checkFileThere, compressImage, getImageInfo, saveFile } from './images'
export { createSelectorQuery } from './query'
export { scan, scanResult } from './scan'
export { pickFiles, pickedFiles } from '../../../media/pick'
export { fuzzyLocationAt, locationAt } from '../../../location/position'
export { startUpdates, stopUpdates } from '../../../location/updates'
// The network APIs' downloads and uploads use the same files (../apis/network.ts).
export { filesOf } from '../../../files/files-of'
