s = 'héllo'; return s
