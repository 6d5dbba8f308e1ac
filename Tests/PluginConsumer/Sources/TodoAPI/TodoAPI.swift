// The second client of this package, generated at build time like MinimalAPI's: the two share
// apigen's runtime, so an app hands both one transport (see Tests/TwoClientsTests).
