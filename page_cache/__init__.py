"""The anonymous page cache: whole answers kept for visitors who are not
signed in, thrown away the moment anything they could see changes."""
