// Runs what the test put in globalThis.edgeScripts.component: a Component() call, or none.
globalThis.edgeScripts.component()
