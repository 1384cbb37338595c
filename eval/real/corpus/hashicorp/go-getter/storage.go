


package getter












