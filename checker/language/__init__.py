"""Reading Chinese: numerals, quantities, measure words, periods, text folding, claims."""
