module.exports = () => require("./sample-hashes").teardown();
