// Forgets App().
