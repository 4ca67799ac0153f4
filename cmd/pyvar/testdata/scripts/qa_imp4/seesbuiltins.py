value = shared_thing
