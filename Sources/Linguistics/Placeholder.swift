// Placeholder so the target builds before its code lands; remove when the first real file arrives.
