"""Adding releases to the releases folder: encodings, guesses, the manifest entry."""
