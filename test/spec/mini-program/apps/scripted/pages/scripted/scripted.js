// Runs what the test put in globalThis.edgeScripts.page: a Page() or Component() call, or none.
globalThis.edgeScripts.page()
