// Placeholder so the test target builds before its tests land.
