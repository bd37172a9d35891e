// Module-level state: fresh for each launch when the loader gives fresh modules.
let n = 0
export const launches = () => ++n
