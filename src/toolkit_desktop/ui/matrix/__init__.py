"""The risk assessment matrix step, answered one indicator at a time by single keys."""
