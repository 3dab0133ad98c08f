'use strict';
// What net.Server.listen() needs to know about cluster without loading it: in a worker,
// internal/cluster/child sets getServer(server, query, cb), which asks the primary for the
// listening handle; it stays null in every other process.

module.exports = { getServer: null };
